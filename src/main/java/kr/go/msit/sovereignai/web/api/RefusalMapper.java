package kr.go.msit.sovereignai.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.NotFound;
import kr.go.msit.sovereignai.domain.round.NotPublished;
import kr.go.msit.sovereignai.web.Messages;

/**
 * The open-data API's one refusal path: a refusal becomes a JSON error whose message comes from
 * the bundles, in English and Korean. Something that does not exist or is not public yet answers
 * 404, any other refusal 400.
 */
@Provider
public class RefusalMapper implements ExceptionMapper<DomainRuleViolation> {

    @Override
    public Response toResponse(DomainRuleViolation refused) {
        Response.Status status = refused instanceof NotFound || refused instanceof NotPublished
                ? Response.Status.NOT_FOUND
                : Response.Status.BAD_REQUEST;
        String message = text(refused, Locale.ENGLISH) + " / " + text(refused, Locale.KOREAN);
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new RoundsResource.ErrorData(refused.messageKey(), message))
                .build();
    }

    static String text(DomainRuleViolation refused, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        try {
            return new MessageFormat(bundle.getString(refused.messageKey()), locale).format(refused.arguments());
        } catch (MissingResourceException unknownKey) {
            return refused.messageKey();
        }
    }
}
