# Recomputes the arena's Bradley–Terry scores from a round's published votes (GET /api/rounds/{n}/arena/votes.csv),
# with Python's standard library alone; the result matches the "score" of each team in fit.json.
# Usage: curl -o votes.csv http://localhost:8080/api/rounds/1/arena/votes.csv && python3 recompute.py
import csv, math, collections
wins, met, teams = collections.Counter(), collections.Counter(), set()
for vote in csv.DictReader(open("votes.csv", encoding="utf-8")):
    if not vote["outcome"] or vote.get("scored") == "false":
        continue  # issued, not voted; or, in a round scored by a citizens' panel, not a seated member's vote
    a, b = vote["team_a"], vote["team_b"]
    score = {"A_BETTER": 1.0, "B_BETTER": 0.0}.get(vote["outcome"], 0.5)  # TIE and BOTH_BAD: half a win each
    wins[a] += score; wins[b] += 1 - score; met[frozenset((a, b))] += 1; teams |= {a, b}
strength = {t: 1.0 for t in teams}
for _ in range(5000):  # Zermelo/Hunter MM iterations converge to the Bradley-Terry MLE
    strength = {i: wins[i] / sum(met[frozenset((i, j))] / (strength[i] + strength[j]) for j in teams if j != i) for i in teams}
    mean = sum(math.log(s) for s in strength.values()) / len(teams)
    strength = {t: s / math.exp(mean) for t, s in strength.items()}
print({t: round(math.log(s), 6) for t, s in sorted(strength.items())})
