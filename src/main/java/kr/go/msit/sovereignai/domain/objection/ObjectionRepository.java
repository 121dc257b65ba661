package kr.go.msit.sovereignai.domain.objection;

import java.util.List;
import java.util.Optional;

public interface ObjectionRepository {

    /** A round's objections, in the order they were filed. */
    List<Objection> ofRound(long roundId);

    Optional<Objection> find(long id);

    void store(Objection objection);

    /** Keeps a team's waiver of its right to object to the round's result. */
    void storeWaiver(long roundId, ObjectionWaiver waiver);

    /** The round's waivers, in the order they were given. */
    List<ObjectionWaiver> waivers(long roundId);
}
