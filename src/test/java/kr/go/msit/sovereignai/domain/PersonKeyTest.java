package kr.go.msit.sovereignai.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kr.go.msit.sovereignai.domain.account.MaskedEmail;
import kr.go.msit.sovereignai.domain.account.PersonKey;
import kr.go.msit.sovereignai.domain.account.Sex;
import kr.go.msit.sovereignai.domain.account.VerifiedAttributes;
import org.junit.jupiter.api.Test;

/** The person key is the keyed hash the issue names, and only that; masking and the two kept attributes. */
class PersonKeyTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OTHER_KEY = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.UTF_8);

    @Test
    void theKeyIsHmacSha256OfTheVersionedContextIssuerAndClaim() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        String expected = HexFormat.of()
                .formatHex(mac.doFinal(
                        "sovereign-ai-review/person/v1/https://id.example\nperson-1".getBytes(StandardCharsets.UTF_8)));

        assertEquals(expected, PersonKey.derive(KEY, "https://id.example", "person-1"));
        assertEquals(64, expected.length());
    }

    @Test
    void theSamePersonGivesTheSameKeyAndAnythingElseAnother() {
        String key = PersonKey.derive(KEY, "https://id.example", "person-1");

        assertEquals(key, PersonKey.derive(KEY, "https://id.example", "person-1"));
        assertNotEquals(key, PersonKey.derive(KEY, "https://id.example", "person-2"));
        assertNotEquals(key, PersonKey.derive(KEY, "https://other.example", "person-1"));
        // A new key makes every stored person key meaningless (rotation, crypto-shredding).
        assertNotEquals(key, PersonKey.derive(OTHER_KEY, "https://id.example", "person-1"));
        // The separator keeps issuer and claim apart: "a" + "bc" is not "ab" + "c".
        assertNotEquals(PersonKey.derive(KEY, "https://a", "bc"), PersonKey.derive(KEY, "https://ab", "c"));
    }

    @Test
    void aKeyShorterThan32BytesIsRefused() {
        byte[] shortKey = "0123456789abcdef0123456789abcde".getBytes(StandardCharsets.UTF_8);

        assertFalse(PersonKey.acceptableKey(shortKey));
        assertFalse(PersonKey.acceptableKey(null));
        assertTrue(PersonKey.acceptableKey(KEY));
        assertThrows(IllegalArgumentException.class, () -> PersonKey.derive(shortKey, "https://id.example", "p"));
        assertThrows(IllegalArgumentException.class, () -> PersonKey.derive(KEY, "https://id.example", " "));
    }

    @Test
    void addressesAreMaskedToTheirFirstLettersAndTopLevelDomain() {
        assertEquals("j***@g***.com", MaskedEmail.mask("jane.doe@gmail.com"));
        assertEquals("c***@e***.kr", MaskedEmail.mask("citizen-1234@example.co.kr"));
        assertEquals("a***@l***", MaskedEmail.mask("a@localhost"));
        assertEquals("***", MaskedEmail.mask(null));
    }

    @Test
    void birthYearAndSexAreReadFromStandardClaimsAndNothingElse() {
        assertEquals(1987, VerifiedAttributes.birthYear("1987-04-12", null).orElseThrow());
        assertEquals(1990, VerifiedAttributes.birthYear("1990", null).orElseThrow());
        assertEquals(1975, VerifiedAttributes.birthYear(null, 1975).orElseThrow());
        assertTrue(VerifiedAttributes.birthYear("0000-04-12", null).isEmpty());
        assertTrue(VerifiedAttributes.birthYear("12 April 1987", null).isEmpty());
        assertTrue(VerifiedAttributes.birthYear(null, null).isEmpty());
        assertEquals(Sex.M, VerifiedAttributes.sex("male").orElseThrow());
        assertEquals(Sex.F, VerifiedAttributes.sex("Female").orElseThrow());
        assertTrue(VerifiedAttributes.sex("other").isEmpty());
        assertTrue(VerifiedAttributes.sex(null).isEmpty());
    }
}
