package org.neascn.server.pipeline;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.neascn.framework.financing.MissingExchangeRateException;
import org.neascn.server.api.problem.Problem;

/** Amounts that cannot be combined without a rate the client did not supply: 422, naming the pair. */
@Provider
public class MissingRateMapper implements ExceptionMapper<MissingExchangeRateException> {

    static final String TYPE = "urn:neascn:problem:missing-exchange-rate";

    @Override
    public Response toResponse(MissingExchangeRateException e) {
        String pair = e.from() + "/" + e.to();
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(new Problem(TYPE, "An exchange rate is missing", 422,
                e.getMessage(), List.of(new Problem.FieldError("rate", "supply a " + pair + " rate, e.g. rate=" + pair
                        + ":1.0@yyyy-mm-dd")))).build();
    }
}
