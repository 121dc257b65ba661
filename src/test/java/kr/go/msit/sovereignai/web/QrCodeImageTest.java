package kr.go.msit.sovereignai.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The enrolment page's QR code: the SVG drawn from ZXing's modules scans back to the otpauth:// address. */
class QrCodeImageTest {

    private static final String ADDRESS = "otpauth://totp/Sovereign%20AI%20Review:admin%40it.example"
            + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Sovereign%20AI%20Review&algorithm=SHA1&digits=6&period=30";

    @Test
    void theDrawnImageScansBackToTheAddress() throws Exception {
        String svg = QrCodeImage.svg(ADDRESS);
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) \\1\"").matcher(svg);
        assertTrue(box.find(), svg);
        int size = Integer.parseInt(box.group(1));
        int scale = 4;
        int[] pixels = new int[size * scale * size * scale];
        java.util.Arrays.fill(pixels, 0xffffffff);
        Matcher module = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        int modules = 0;
        while (module.find()) {
            modules++;
            int x = Integer.parseInt(module.group(1));
            int y = Integer.parseInt(module.group(2));
            assertTrue(x >= 4 && y >= 4 && x < size - 4 && y < size - 4, "the quiet zone stays white");
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * size * scale + x * scale + dx] = 0xff000000;
                }
            }
        }
        assertTrue(modules > 100, "modules drawn: " + modules);
        BinaryBitmap bitmap =
                new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size * scale, size * scale, pixels)));
        assertEquals(ADDRESS, new QRCodeReader().decode(bitmap).getText());
    }

    @Test
    void theImageIsAnInlineSvgTheContentSecurityPolicyAllows() {
        String uri = QrCodeImage.svgDataUri(ADDRESS);
        assertTrue(uri.startsWith("data:image/svg+xml;base64,"), uri);
        String svg = new String(
                Base64.getDecoder().decode(uri.substring("data:image/svg+xml;base64,".length())),
                StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
        assertTrue(!svg.contains("<script") && !svg.contains("style="), "no script, no inline style");
    }
}
