/**
 * Fair, reproducible sortition of a citizens' panel (issue 23, {@code docs/citizen-panel.md}): quotas on a few
 * features, the volunteers' pool counted by type (a combination of feature values), LEXIMIN selection probabilities
 * by column generation over panel compositions, the old greedy method for comparison, a lottery table of integer
 * tickets, a seed from public randomness, and a deterministic draw anyone can re-run. Pure Java: no container, no
 * database; the LP and MIP solver is ojAlgo. Implemented from the papers (Flanigan et al., Nature 2021; Flanigan,
 * Kehne and Procaccia, NeurIPS 2021), not from the GPL tools.
 */
package kr.go.msit.sovereignai.domain.sortition;
