package almanac.tui;

/**
 * What the bars around the text say: the title bar's title and right-hand label, and the
 * status line's progress (done of total), its words after the bar, and the key hints (or a
 * message in their place).
 */
record Chrome(String title, String label, int done, int total, String progress, String hints, String flash) {
}
