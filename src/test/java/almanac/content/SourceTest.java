package almanac.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SourceTest {
    private static final LocalDate DAY = LocalDate.parse("2026-12-01");

    @Test
    void theDate_followsTheTitle_onceOnly() {
        assertEquals(" (2026-12-01)", new Source("Pricing", "https://x", DAY).dateAfterTitle());
        assertEquals("", new Source("Pricing (undated; checked 2026-12-01)", "https://x", DAY).dateAfterTitle());
        assertEquals(" (2026-12-01)", new Source("Pricing (checked 2026-11-30)", "https://x", DAY).dateAfterTitle());
        assertEquals("", new Source("Pricing", "https://x", null).dateAfterTitle());
    }
}
