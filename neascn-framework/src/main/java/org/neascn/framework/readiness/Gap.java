package org.neascn.framework.readiness;

import java.util.List;
import org.neascn.model.project.Stage;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * Something a project lacks to reach a rung of the ladder, in plain words. Where the city
 * recorded a financing challenge that speaks of it, the city's own words come with it.
 *
 * @param criterion the rubric criterion it fails
 * @param stage     the rung that requires it
 * @param text      the rubric's words, followed by the city's where it recorded the challenge
 * @param cityWords the recorded challenges behind it, in every language the city wrote them in
 */
public record Gap(String criterion, Stage stage, String text, List<LocalizedText> cityWords) {

    public Gap {
        criterion = Require.text(criterion, "criterion");
        Require.present(stage, "stage");
        text = Require.text(text, "text");
        cityWords = Require.list(cityWords, "cityWords");
    }
}
