package kr.go.msit.sovereignai.domain.account;

/**
 * An address shown to someone who may not own it, masked: the first character of the local part and of the domain's
 * first label, then the rest of the domain from its last dot ({@code jane.doe@gmail.com} is {@code j***@g***.com}).
 */
public final class MaskedEmail {

    private MaskedEmail() {}

    public static String mask(String email) {
        if (email == null || email.isBlank()) {
            return "***";
        }
        int at = email.lastIndexOf('@');
        if (at <= 0 || at == email.length() - 1) {
            return email.charAt(0) + "***";
        }
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        int dot = domain.lastIndexOf('.');
        String suffix = dot > 0 ? domain.substring(dot) : "";
        return local.charAt(0) + "***@" + domain.charAt(0) + "***" + suffix;
    }
}
