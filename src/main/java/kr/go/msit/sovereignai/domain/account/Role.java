package kr.go.msit.sovereignai.domain.account;

/** What an account may do. Names match the security roles declared in web.xml. */
public enum Role {
    CITIZEN,
    EXPERT,
    ADMIN;

    public static final String CITIZEN_NAME = "CITIZEN";
    public static final String EXPERT_NAME = "EXPERT";
    public static final String ADMIN_NAME = "ADMIN";
}
