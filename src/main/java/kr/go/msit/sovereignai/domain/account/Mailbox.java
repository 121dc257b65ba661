package kr.go.msit.sovereignai.domain.account;

import java.util.Set;

/**
 * The mailbox an address delivers to, the key that makes one mailbox one account. Two spellings of one mailbox are
 * one account: {@code x+1@gmail.com}, {@code X.Y@googlemail.com} and {@code xy@gmail.com} all reach
 * {@code xy@gmail.com}. The address the person typed is kept for mail and display; this key only decides who is who.
 *
 * <ul>
 *   <li>Sub-address tags are dropped at every domain: the local part ends at its first {@code +} (Gmail, Outlook,
 *       Proton, Fastmail, iCloud, Naver and most mail servers deliver {@code x+tag} to {@code x}). A local part
 *       that starts with {@code +} keeps it (nothing would be left). {@code -} is not a separator: Yahoo's
 *       "disposable addresses" use it with a base name that is not the account, and {@code kim-minsu} is a real
 *       name far more often than a tag.
 *   <li>Dots of the local part are dropped only where the provider documents that they do not matter: Gmail
 *       ({@code gmail.com}, and {@code googlemail.com}, which is the same mailbox). Google Workspace domains, Outlook,
 *       Yahoo, Naver, Daum/Kakao ({@code hanmail.net}, {@code daum.net}, {@code kakao.com}) keep their dots: there,
 *       {@code x.y} and {@code xy} can be two people.
 * </ul>
 *
 * Over-merging is possible (a server where {@code a+b} is its own mailbox); it costs that person a second account,
 * never a second ballot to someone else.
 */
public final class Mailbox {

    /** Domains whose local parts ignore dots, and the one domain they all deliver to. */
    private static final Set<String> DOTLESS_GMAIL = Set.of("gmail.com", "googlemail.com");

    private static final String GMAIL = "gmail.com";

    private Mailbox() {}

    /** The canonical mailbox of {@code address}; refused like {@link EmailAddress#canonical} when it is not one. */
    public static String of(String address) {
        String canonical = EmailAddress.canonical(address);
        int at = canonical.lastIndexOf('@');
        String local = canonical.substring(0, at);
        String domain = canonical.substring(at + 1);
        int tag = local.indexOf('+');
        if (tag > 0) {
            local = local.substring(0, tag);
        }
        if (DOTLESS_GMAIL.contains(domain)) {
            domain = GMAIL;
            String dotless = local.replace(".", "");
            local = dotless.isEmpty() ? local : dotless;
        }
        return local + '@' + domain;
    }

    /** Whether two addresses reach the same mailbox. */
    public static boolean same(String one, String other) {
        return of(one).equals(of(other));
    }
}
