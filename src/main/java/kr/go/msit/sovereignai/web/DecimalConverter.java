package kr.go.msit.sovereignai.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import kr.go.msit.sovereignai.domain.DecimalInput;

/**
 * Number fields ({@code converter="platform.Decimal"}): the text is parsed by
 * {@link DecimalInput}, so an exponent or a thousand digits is refused next to the field before
 * any arithmetic, instead of by {@code jakarta.faces.BigDecimal}, which accepts {@code 1e4000000}.
 */
@FacesConverter("platform.Decimal")
public class DecimalConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        return PageActions.answer(() -> DecimalInput.parse(value), refused -> {
            String text = Messages.text(refused.messageKey(), refused.arguments());
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        });
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
