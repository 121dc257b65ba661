package kr.go.msit.sovereignai.application.accounts;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/**
 * An e-mail address and password with the one-time code the sign-in form's optional {@code oneTimeCode} field carried
 * (empty when the person typed none). Whoever builds the credential for {@link AccountIdentityStore} (the sign-in page,
 * the authentication mechanism) builds this one; a plain {@link UsernamePasswordCredential} has no code.
 */
public class OneTimeCodeCredential extends UsernamePasswordCredential {

    static final int LONGEST = 64;

    private final String oneTimeCode;

    public OneTimeCodeCredential(String email, Password password, String oneTimeCode) {
        super(email, password);
        String typed = oneTimeCode == null ? "" : oneTimeCode.strip();
        // no code is longer (a recovery code with dashes is 19 characters); a longer one stays wrong, cut short
        this.oneTimeCode = typed.length() > LONGEST ? typed.substring(0, LONGEST) : typed;
    }

    public String getOneTimeCode() {
        return oneTimeCode;
    }
}
