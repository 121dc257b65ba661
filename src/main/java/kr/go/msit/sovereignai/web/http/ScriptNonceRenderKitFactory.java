package kr.go.msit.sovereignai.web.http;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.util.Constants;

/**
 * The page's script nonce (PrimeFaces' CSP mode, see {@link ContentSecurityPolicy}) on every {@code <script>} element,
 * which PrimeFaces leaves to the application when the policy is the application's ("policyProvided"), and as a
 * hidden field in every form: PrimeFaces refuses a postback without it, and its script adds the field only when
 * scripts run, while the platform's forms must also work without them (the script then reuses this field).
 */
public class ScriptNonceRenderKitFactory extends RenderKitFactory {

    public ScriptNonceRenderKitFactory(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
        return kit == null ? null : new WithNonce(kit);
    }

    private static boolean cspMode(FacesContext context) {
        return PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp();
    }

    private static String nonce(FacesContext context) {
        return PrimeFacesContext.getCspState(context).getNonce();
    }

    private static final class WithNonce extends RenderKitWrapper {

        WithNonce(RenderKit wrapped) {
            super(wrapped);
        }

        @Override
        public Renderer getRenderer(String family, String rendererType) {
            Renderer renderer = getWrapped().getRenderer(family, rendererType);
            return renderer != null && UIForm.COMPONENT_FAMILY.equals(family) ? new FormWithNonce(renderer) : renderer;
        }

        @Override
        public ResponseWriter createResponseWriter(Writer writer, String contentTypeList, String characterEncoding) {
            ResponseWriter created = getWrapped().createResponseWriter(writer, contentTypeList, characterEncoding);
            return created == null || !cspMode(FacesContext.getCurrentInstance())
                    ? created
                    : new ScriptsWithNonce(created);
        }
    }

    private static final class FormWithNonce extends RendererWrapper {

        FormWithNonce(Renderer wrapped) {
            super(wrapped);
        }

        @Override
        public void encodeEnd(FacesContext context, UIComponent form) throws IOException {
            if (cspMode(context)) {
                ResponseWriter writer = context.getResponseWriter();
                writer.startElement("input", null);
                writer.writeAttribute("type", "hidden", null);
                writer.writeAttribute("name", Constants.RequestParams.NONCE_PARAM, null);
                writer.writeAttribute("value", nonce(context), null);
                writer.endElement("input");
            }
            super.encodeEnd(context, form);
        }
    }

    private static final class ScriptsWithNonce extends ResponseWriterWrapper {

        ScriptsWithNonce(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            super.startElement(name, component);
            if ("script".equalsIgnoreCase(name)) {
                super.writeAttribute("nonce", nonce(FacesContext.getCurrentInstance()), null);
            }
        }

        @Override
        public ResponseWriter cloneWithWriter(Writer writer) {
            return new ScriptsWithNonce(getWrapped().cloneWithWriter(writer));
        }
    }
}
