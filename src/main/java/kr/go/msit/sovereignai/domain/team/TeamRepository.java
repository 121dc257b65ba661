package kr.go.msit.sovereignai.domain.team;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.go.msit.sovereignai.domain.round.ReviewRound;

public interface TeamRepository {

    /** Every team, in the order they joined and then by Korean name. */
    List<Team> findAll();

    List<Team> findInTheRace();

    /**
     * The teams that compete in a round. Once it has opened: the teams on its ballot, as it recorded
     * them then (whatever their statuses today). Before: the teams still in the race that joined by then.
     */
    default List<Team> competingIn(ReviewRound round) {
        if (round.hasOpened()) {
            Map<Long, Team> byId = findAll().stream().collect(Collectors.toMap(Team::getId, Function.identity()));
            return round.getRoster().stream().map(byId::get).toList();
        }
        return findInTheRace().stream()
                .filter(t -> t.getJoinedRoundNumber() <= round.getNumber())
                .toList();
    }

    Optional<Team> find(long id);

    Optional<Team> findByCode(String code);

    void store(Team team);
}
