package kr.go.msit.sovereignai.domain.arena;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * An answer's Markdown, rendered by commonmark-java with raw HTML never rendered (escaped) and
 * links made inert (their text kept, no href), images shown as their alt text.
 *
 * <p>CommonMark with GitHub's tables. In the HTML: raw HTML appears as text; a link is
 * {@code <span class="answer-link">text</span>} (no URL anywhere, so nothing is followed or
 * fetched, and a destination cannot point voters anywhere); an image is
 * {@code <span class="answer-image">alt text</span>}, or nothing without alt text (nothing is loaded from elsewhere); a heading is
 * {@code <p class="answer-heading answer-heading-N"><strong>text</strong></p>}, so an answer
 * cannot add to the page's outline of headings; code keeps its content escaped. The parser and
 * renderer are thread-safe and shared.
 */
public final class AnswerMarkdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .nodeRendererFactory(InertRenderer::new)
            .build();

    private AnswerMarkdown() {}

    /** Whether the Markdown holds raw HTML (an HTML block or inline tag outside code): such an answer is refused at upload. */
    public static boolean containsRawHtml(String markdown) {
        boolean[] found = {false};
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock htmlBlock) {
                found[0] = true;
            }

            @Override
            public void visit(HtmlInline htmlInline) {
                found[0] = true;
            }
        });
        return found[0];
    }

    /**
     * The text a reader of the rendered answer sees: every text, code and image description in order,
     * character references resolved and emphasis, links and other markup gone, so that a name spelled
     * across markup ("업*스*테이지", "업&amp;#49828;테이지") reads as it shows. Blocks are separated by a line break.
     */
    public static String visibleText(String markdown) {
        StringBuilder text = new StringBuilder();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(FencedCodeBlock node) {
                text.append(node.getLiteral()).append('\n');
            }

            @Override
            public void visit(IndentedCodeBlock node) {
                text.append(node.getLiteral()).append('\n');
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append('\n');
            }

            @Override
            public void visit(Paragraph node) {
                visitChildren(node);
                text.append('\n');
            }

            @Override
            public void visit(Heading node) {
                visitChildren(node);
                text.append('\n');
            }
        });
        return text.toString();
    }

    /** Safe HTML for the answer. */
    public static String toSafeHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    /** Links as their text, images as their alt text, headings as strong paragraphs. */
    private static final class InertRenderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        InertRenderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Link.class, Image.class, Heading.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Link) {
                html.tag("span", Map.of("class", "answer-link"));
                renderChildren(node);
                html.tag("/span");
            } else if (node instanceof Image) {
                String alt = altText(node);
                if (!alt.isBlank()) {
                    html.tag("span", Map.of("class", "answer-image"));
                    html.text(alt);
                    html.tag("/span");
                }
            } else if (node instanceof Heading heading) {
                html.line();
                html.tag("p", Map.of("class", "answer-heading answer-heading-" + heading.getLevel()));
                html.tag("strong");
                renderChildren(node);
                html.tag("/strong");
                html.tag("/p");
                html.line();
            }
        }

        private void renderChildren(Node parent) {
            Node child = parent.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
        }

        private static String altText(Node image) {
            StringBuilder alt = new StringBuilder();
            image.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    alt.append(text.getLiteral());
                }

                @Override
                public void visit(Code code) {
                    alt.append(code.getLiteral());
                }

                @Override
                public void visit(HtmlInline htmlInline) {
                    alt.append(htmlInline.getLiteral()); // as text: escaped like the rest
                }

                @Override
                public void visit(SoftLineBreak softLineBreak) {
                    alt.append(' ');
                }

                @Override
                public void visit(HardLineBreak hardLineBreak) {
                    alt.append(' ');
                }
            });
            return alt.toString();
        }
    }
}
