package kr.go.msit.sovereignai.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kr.go.msit.sovereignai.domain.arena.AnswerMarkdown;
import org.junit.jupiter.api.Test;

/** An answer's Markdown: raw HTML found (and escaped), links and images inert, the usual Markdown rendered. */
class AnswerMarkdownTest {

    private static void assertInert(String html) {
        assertFalse(html.contains("href"), html);
        assertFalse(html.contains("src="), html);
        assertFalse(html.contains("<a"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("javascript"), html);
        assertFalse(html.contains("evil"), html);
    }

    @Test
    void rawHtmlOutsideCodeIsFound() {
        for (String markdown : List.of(
                "<script>alert(1)</script>",
                "이것은 <b>굵게</b> 씁니다.",
                "<div>\n블록\n</div>",
                "끝 <!-- 주석 -->",
                "<img src=x onerror=alert(1)>",
                "List<String>을 쓰세요.",
                "줄\n\n<p>문단</p>")) {
            assertTrue(AnswerMarkdown.containsRawHtml(markdown), markdown);
        }
    }

    @Test
    void angleBracketsThatAreNotHtmlOrAreInCodeAreNot() {
        for (String markdown : List.of(
                "a < b 이고 c > d 입니다.",
                "`<script>alert(1)</script>`를 조심하세요.",
                "```html\n<script>alert(1)</script>\n<b>x</b>\n```",
                "    <div>들여쓴 코드</div>",
                "<https://example.org> 참고",
                "1 <2 그리고 3> 2",
                "**굵게**와 *기울임*",
                "")) {
            assertFalse(AnswerMarkdown.containsRawHtml(markdown), markdown);
        }
    }

    @Test
    void rawHtmlIsShownAsTextNeverRendered() {
        String html = AnswerMarkdown.toSafeHtml("앞 <script>alert(1)</script> 뒤\n\n<div onclick=\"x()\">블록</div>");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("&lt;div onclick=&quot;x()&quot;&gt;"), html);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<div"), html);
    }

    @Test
    void linksKeepTheirTextButNoHref() {
        assertEquals(
                "<p><span class=\"answer-link\">x</span></p>\n", AnswerMarkdown.toSafeHtml("[x](javascript:alert(1))"));
        assertEquals("<p><span class=\"answer-link\">x</span></p>\n", AnswerMarkdown.toSafeHtml("[x](https://evil)"));
        for (String markdown : List.of(
                "[**굵은** 링크](https://evil.example \"제목 evil\")",
                "<https://evil.example>",
                "[참고][1]\n\n[1]: https://evil.example",
                "[![그림](https://evil/i.png)](https://evil)",
                "[x](JAVASCRIPT:alert(1))",
                "[x](data:text/html;base64,PHNjcmlwdD4=)")) {
            String html = AnswerMarkdown.toSafeHtml(markdown);
            assertInert(html.replace("https://evil.example", "").replace("answer-link", ""));
            assertFalse(html.contains("href"), html);
        }
        assertTrue(AnswerMarkdown.toSafeHtml("[**굵은** 링크](https://evil.example)")
                .contains("<span class=\"answer-link\"><strong>굵은</strong> 링크</span>"));
    }

    @Test
    void anAutolinkShowsItsAddressAsText() {
        assertEquals(
                "<p><span class=\"answer-link\">https://www.gov.kr</span></p>\n",
                AnswerMarkdown.toSafeHtml("<https://www.gov.kr>"));
    }

    @Test
    void anImageIsItsAltTextAndNothingIsLoaded() {
        String html = AnswerMarkdown.toSafeHtml("그림: ![고양이 *사진* `1`](https://evil/cat.png \"evil\")");
        assertEquals("<p>그림: <span class=\"answer-image\">고양이 사진 1</span></p>\n", html);
        assertInert(AnswerMarkdown.toSafeHtml("![<b>x</b>](javascript:alert(1))"));
        assertTrue(AnswerMarkdown.toSafeHtml("![a & <b>](x.png)").contains("a &amp; &lt;b&gt;"));
        assertEquals(
                "<p>앞  뒤</p>\n",
                AnswerMarkdown.toSafeHtml("앞 ![](https://evil/pixel.gif) 뒤"),
                "no alt text, nothing shown");
    }

    @Test
    void boldListsCodeAndTablesAreRendered() {
        assertEquals("<p><strong>굵게</strong> 그리고 <em>기울임</em></p>\n", AnswerMarkdown.toSafeHtml("**굵게** 그리고 *기울임*"));
        assertEquals("<ul>\n<li>하나</li>\n<li>둘</li>\n</ul>\n", AnswerMarkdown.toSafeHtml("- 하나\n- 둘"));
        assertEquals("<ol>\n<li>첫째</li>\n<li>둘째</li>\n</ol>\n", AnswerMarkdown.toSafeHtml("1. 첫째\n2. 둘째"));
        assertEquals(
                "<pre><code class=\"language-python\">if a &lt; b:\n    print(&quot;&lt;script&gt;&quot;)\n</code></pre>\n",
                AnswerMarkdown.toSafeHtml("```python\nif a < b:\n    print(\"<script>\")\n```"));
        assertEquals("<p><code>&lt;b&gt;</code></p>\n", AnswerMarkdown.toSafeHtml("`<b>`"));
        String table = AnswerMarkdown.toSafeHtml("| 항목 | 값 |\n|---|---|\n| 가 | 1 |");
        assertTrue(table.contains("<table>") && table.contains("<th>항목</th>") && table.contains("<td>1</td>"), table);
    }

    @Test
    void headingsDoNotJoinThePageOutline() {
        assertEquals(
                "<p class=\"answer-heading answer-heading-1\"><strong>제목</strong></p>\n<p>본문</p>\n",
                AnswerMarkdown.toSafeHtml("# 제목\n\n본문"));
        assertFalse(AnswerMarkdown.toSafeHtml("### 작은 제목\n\n둘째\n---").contains("<h"));
    }
}
