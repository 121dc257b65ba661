package kr.go.msit.sovereignai.cluster;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a WildFly node's log for the JGroups cluster views it joined (the cluster test and the container test). */
public final class ClusterViews {

    /** A view the node joined, or an Infinispan rebalance, both of which name the members. */
    private static final Pattern CLUSTER_VIEW = Pattern.compile(
            "(?:joined cluster '\\S+' with view: \\[[^]]*\\] \\(\\d+\\)|rebalance with members) \\[([^]]*)\\]");

    private ClusterViews() {}

    /** The members (node names, sorted) of the last cluster view in this log, or none if it logged no view. */
    public static List<String> lastMembers(String serverLog) {
        Matcher view = CLUSTER_VIEW.matcher(serverLog);
        List<String> members = List.of();
        while (view.find()) {
            members = List.of(view.group(1).split(",\\s*")).stream()
                    .map(member -> member.replaceFirst("\\(.*", ""))
                    .sorted()
                    .toList();
        }
        return members;
    }
}
