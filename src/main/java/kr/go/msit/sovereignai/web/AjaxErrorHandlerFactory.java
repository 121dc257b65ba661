package kr.go.msit.sovereignai.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;

/**
 * Errors in Ajax requests go to PrimeFaces, which shows the layout's error dialog
 * ({@code p:ajaxExceptionHandler}). Errors in full page requests keep the standard path: the
 * container forwards to the error page under {@code WEB-INF/errorpages} with the real status
 * code (PrimeFaces would redirect there instead, which cannot reach {@code WEB-INF}).
 */
public class AjaxErrorHandlerFactory extends ExceptionHandlerFactory {

    public AjaxErrorHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new AjaxOnly(getWrapped().getExceptionHandler());
    }

    private static final class AjaxOnly extends ExceptionHandlerWrapper {

        private final PrimeExceptionHandler primeFaces;

        AjaxOnly(ExceptionHandler standard) {
            super(standard);
            this.primeFaces = new PrimeExceptionHandler(standard);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null && faces.getPartialViewContext().isAjaxRequest()) {
                primeFaces.handle();
            } else {
                getWrapped().handle();
            }
        }
    }
}
