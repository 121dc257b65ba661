package kr.go.msit.sovereignai.domain.account;

/** A slow, salted, one-way password hash. The implementation lives in infrastructure. */
public interface PasswordHashing {

    String hash(char[] password);

    boolean verify(char[] password, String hash);
}
