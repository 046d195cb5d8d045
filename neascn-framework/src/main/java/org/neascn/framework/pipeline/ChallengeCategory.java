package org.neascn.framework.pipeline;

import java.util.List;
import java.util.Locale;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * One category of the financing-challenge taxonomy ("no revenue model", "currency risk"), with
 * the keywords, in any language, by which a challenge written in a city's own words is filed
 * under it when nobody has filed it by hand.
 *
 * @param keywords lower-case words or phrases; a challenge whose text contains one is a candidate
 */
public record ChallengeCategory(String code, LocalizedText name, LocalizedText description, List<String> keywords) {

    public ChallengeCategory {
        Identifier.check(code, "code");
        Require.present(name, "name");
        keywords = Require.list(keywords, "keywords").stream()
                .map(k -> Require.text(k, "keywords").toLowerCase(Locale.ROOT))
                .toList();
    }
}
