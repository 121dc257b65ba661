package kr.go.msit.sovereignai.domain.programme;

import java.util.Optional;

public interface ProgrammeRepository {

    /** The one programme this platform runs, once seeded. */
    Optional<Programme> find();

    void store(Programme programme);
}
