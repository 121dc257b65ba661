package kr.go.msit.sovereignai.application.results;

import java.time.Duration;

/** How long objections may be filed after a round's results are published: a deployment setting. */
public interface ObjectionPeriod {

    Duration length();
}
