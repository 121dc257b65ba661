package kr.go.msit.sovereignai.domain.round;

/** The two reviewer panels: external experts, and the AI practitioners of the user evaluation. */
public enum Panel {
    EXPERT(Component.EXPERT),
    USER_PANEL(Component.USER_PANEL);

    private final Component component;

    Panel(Component component) {
        this.component = component;
    }

    /** The round component this panel's sheets score. */
    public Component component() {
        return component;
    }
}
