package kr.go.msit.sovereignai.domain.team;

import java.util.List;
import java.util.Optional;

public interface TeamRepository {

    /** Every team, in the order they joined and then by Korean name. */
    List<Team> findAll();

    List<Team> findInTheRace();

    /** The teams still in the race that compete in a round: those that joined by then. */
    default List<Team> competingIn(int roundNumber) {
        return findInTheRace().stream().filter(t -> t.getJoinedRoundNumber() <= roundNumber).toList();
    }

    Optional<Team> find(long id);

    Optional<Team> findByCode(String code);

    void store(Team team);
}
