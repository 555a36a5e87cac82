package se.larmcentral.geo;

/** The result of a one-to-many search: the cost from the seeds to each node (or from each node to the seeds). */
interface NodeCosts {

    /** The cost of a node, or infinity when the search did not reach it. */
    double weight(int node);

    /** The time in milliseconds along the cheapest path; only meaningful where {@link #weight} is finite. */
    double millis(int node);

    /** The length in metres along the cheapest path; only meaningful where {@link #weight} is finite. */
    double metres(int node);
}
