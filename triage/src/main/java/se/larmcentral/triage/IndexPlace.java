package se.larmcentral.triage;

/** Builds the places that name parts of an index in problems, the same for the validator and the file reader. */
public final class IndexPlace {

    private IndexPlace() {
    }

    /** A chapter by its id, or by its position when it has none. */
    public static String chapter(String id, int position) {
        return "chapters[" + (id == null || id.isBlank() ? String.valueOf(position) : id) + "]";
    }

    public static String criterion(String chapterPlace, int position) {
        return chapterPlace + ".criteria[" + position + "]";
    }

    public static String item(String listPlace, int position) {
        return listPlace + "[" + position + "]";
    }

    public static String field(String place, String name) {
        return place.isEmpty() ? name : place + "." + name;
    }
}
