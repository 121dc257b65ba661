package kr.go.msit.sovereignai.domain.objection;

import java.util.List;
import java.util.Optional;

public interface ObjectionRepository {

    /** A round's objections, in the order they were filed. */
    List<Objection> ofRound(long roundId);

    Optional<Objection> find(long id);

    void store(Objection objection);
}
