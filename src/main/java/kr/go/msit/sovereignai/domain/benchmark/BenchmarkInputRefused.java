package kr.go.msit.sovereignai.domain.benchmark;

import java.util.function.Supplier;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;

/** A team's input on one benchmark refused, saying which benchmark and which field, so a page can show it next to that field. */
public class BenchmarkInputRefused extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    /** What was typed for a benchmark. */
    public enum Field {
        NAME,
        TARGET_MODEL,
        TARGET,
        MEASURED
    }

    private final BenchmarkSlot slot;
    private final Field field;

    public BenchmarkInputRefused(BenchmarkSlot slot, Field field, DomainRuleViolation refused) {
        super(refused.messageKey(), refused.arguments());
        this.slot = slot;
        this.field = field;
    }

    public BenchmarkSlot slot() {
        return slot;
    }

    public Field field() {
        return field;
    }

    /** {@code check}'s value, or its refusal as one of this benchmark's field. */
    static <T> T checked(BenchmarkSlot slot, Field field, Supplier<T> check) {
        try {
            return check.get();
        } catch (BenchmarkInputRefused already) {
            throw already;
        } catch (DomainRuleViolation refused) {
            throw new BenchmarkInputRefused(slot, field, refused);
        }
    }
}
