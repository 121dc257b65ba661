/**
 * From a closed round to its published result: tally inputs administrators enter, the
 * provisional tally, publication (where a round is tallied and published), and the published
 * results everyone reads, with the views they are shown as.
 */
package kr.go.msit.sovereignai.application.results;
