package kr.go.msit.sovereignai.infrastructure.security;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/**
 * An e-mail address and password with the one-time code the sign-in form's optional {@code oneTimeCode} field carried
 * (empty when the person typed none). Whoever builds the credential for {@link AccountIdentityStore} (the sign-in page,
 * the authentication mechanism) builds this one; a plain {@link UsernamePasswordCredential} has no code.
 */
public class OneTimeCodeCredential extends UsernamePasswordCredential {

    private final String oneTimeCode;

    public OneTimeCodeCredential(String email, Password password, String oneTimeCode) {
        super(email, password);
        this.oneTimeCode = oneTimeCode == null ? "" : oneTimeCode.strip();
    }

    public String getOneTimeCode() {
        return oneTimeCode;
    }
}
