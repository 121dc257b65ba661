package kr.go.msit.sovereignai.application.programme;

import java.io.Serializable;

/**
 * A round as an administrator's round chooser shows it: its number, and whether its rules are frozen (it has
 * opened).
 */
public record RoundChoice(int number, boolean rulesFrozen) implements Serializable {}
