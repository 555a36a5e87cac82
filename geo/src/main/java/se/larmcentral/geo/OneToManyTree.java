package se.larmcentral.geo;

/** A one-to-many search to be seeded and told its targets: today's Dijkstra tree and the PHAST sweep alike. */
interface OneToManyTree extends NodeCosts {

    /** Forgets the last search. */
    void reset();

    /** Starts the search at a node with the costs already spent reaching it. */
    void seed(int node, double startWeight, double startMillis, double startMetres);

    /** A node whose cost is asked for: the search may stop once every target is settled. */
    void addTarget(int node);
}
