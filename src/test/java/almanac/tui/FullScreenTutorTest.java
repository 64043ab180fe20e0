package almanac.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import almanac.progress.ProgressStore;
import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FullScreenTutorTest {
    @TempDir
    Path home;

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80, 24", "120, 40", "40, 12"})
    void firstVisit_showsIntroWithTitleBarAndStatusLine(int columns, int rows) throws IOException {
        ScreenFixture s = ScreenFixture.tea(home, columns, rows).open();

        assertTrue(s.row(0).contains("Tea: A Short Path"), s.row(0));
        assertTrue(s.row(0).endsWith("Welcome"), s.row(0));
        assertTrue(s.text().contains("Three small steps about brewing tea"), s.text());
        assertTrue(s.lastRow().contains("0/3 done"), s.lastRow());
        assertTrue(s.lastRow().contains("→ start"), s.lastRow());
        assertTrue(s.terminal.getCharacter(0, 0).getModifiers().contains(SGR.REVERSE), "title bar in reverse video");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80, 24", "120, 40", "40, 12"})
    void enterOnIntro_opensStepOneWithCounterAndWrappedBody(int columns, int rows) throws IOException {
        ScreenFixture s = ScreenFixture.tea(home, columns, rows).open().press(KeyType.Enter);

        assertTrue(s.row(0).endsWith("Step 1/3"), s.row(0));
        assertTrue(s.row(1).contains("Water"), s.row(1));
        assertTrue(s.text().contains("Why:"), s.text());
        assertTrue(s.widestRow() <= columns, "nothing drawn past the right edge");
        assertTrue(s.text().contains("Water boils at 100"), "body wrapped into view: " + s.text());
    }

    @Test
    void wideTerminal_centresTextInAReadableColumn() throws IOException {
        ScreenFixture s = ScreenFixture.tea(home, 200, 60).open().press(KeyType.Enter);

        String line = s.row(1);
        int indent = line.length() - line.stripLeading().length();
        assertEquals((200 - Frame.MAX_TEXT) / 2, indent, "a 100-column text block centred on 200 columns");
    }

    @Test
    void compactLayout_keepsCounterAndShortHints() throws IOException {
        ScreenFixture s = ScreenFixture.tea(home, 40, 12).open().press(KeyType.Enter);

        assertTrue(s.row(0).endsWith("Step 1/3"), s.row(0));
        assertTrue(s.lastRow().contains("→ next"), s.lastRow());
        assertFalse(s.lastRow().contains("outline"), "compact status has only the main hints: " + s.lastRow());
    }

    @Test
    void tooSmall_saysSoAndRecoversWhenItGrows() throws IOException {
        ScreenFixture s = ScreenFixture.tea(home, 80, 24).open().press(KeyType.Enter);

        s.resize(39, 11);
        assertTrue(s.text().contains("terminal too small (need 40x12)"), s.text());
        assertFalse(s.text().contains("Step 1/3"), "nothing else is drawn");
        s.resize(30, 8);
        assertTrue(s.text().contains("too small: need 40x12"), "shortened, never cut: " + s.text());

        s.resize(80, 24);
        assertTrue(s.row(0).endsWith("Step 1/3"), s.row(0));
    }

    @Test
    void tinyAndHugeSizes_neverThrow() throws IOException {
        ScreenFixture s = ScreenFixture.tea(home, 80, 24).open().press(KeyType.Enter);
        int[][] sizes = {{1, 1}, {2, 1}, {10, 3}, {40, 12}, {500, 200}, {41, 13}, {1, 200}, {500, 1}};
        for (int[] size : sizes) {
            s.resize(size[0], size[1]);
            s.press('j', ' ', 'o', 'k');
            s.press(KeyType.Escape);
        }
        assertTrue(s.row(0).contains("Step 1/3") || s.text().contains("too small"));
    }

    @Test
    void scrollKeys_moveTheBodyAndShowPercentage() throws IOException {
        ScreenFixture s = ScreenFixture.tea(home, 60, 12).open().press(KeyType.Enter);
        String before = s.row(1);
        String second = s.row(2);

        s.press('j');
        assertEquals(second, s.row(1), "j scrolls one line");
        assertTrue(s.lastRow().matches(".*\\d+% read.*"), "the share of the step read, labelled: " + s.lastRow());
        s.press(KeyType.End);
        assertTrue(s.text().contains("end of step"), s.text());
        s.press(KeyType.Home);
        assertEquals(before, s.row(1));
    }

    @Test
    void nextWithUnansweredQuiz_runsQuizThenShowsKeyPointsThenNextStep() throws IOException {
        ScreenFixture s = ScreenFixture.tea(home, 80, 24).open().press(KeyType.Enter);
        s.answers.add("2");
        s.answers.add("1,3");

        s.press(KeyType.ArrowRight);
        assertTrue(s.text().contains("✓ Done: Water"), s.text());
        assertTrue(s.text().contains("Green tea wants water around 80 °C."), "key points shown");
        assertTrue(s.row(0).endsWith("Done · step 1/3"), "the header names the step shown: " + s.row(0));

        s.press('n');
        assertTrue(s.row(1).contains("Leaves"), s.row(1));
        assertEquals(2, s.session.record().answers().size(), "both answers saved");
    }

    @Test
    void cancelledQuiz_staysOnStepAndSaysHowToGoOn() throws IOException {
        ScreenFixture s = ScreenFixture.tea(home, 80, 24).open().press(KeyType.Enter);

        s.press('n');

        assertTrue(s.row(0).endsWith("Step 1/3"), s.row(0));
        assertTrue(s.lastRow().contains("Quiz paused"), s.lastRow());
    }

    @Test
    void noteKey_asksForNoteAndShowsItUnderTheStep() throws IOException {
        ScreenFixture s = ScreenFixture.tea(home, 80, 24).open().press(KeyType.Enter);
        s.noteToGive = "remember 80 degrees";

        s.press('a');

        assertEquals("Water", s.notesAsked.get(0));
        assertTrue(s.lastRow().contains("Note saved on step 1"), s.lastRow());
        s.press(KeyType.End);
        assertTrue(s.text().contains("remember 80 degrees"), s.text());
    }

    @Test
    void noteThatCannotBeSaved_saysNotSaved_withTheWholeReasonAboveTheStatusLine() throws IOException {
        Path file = home.resolveSibling("a-home-that-is-a-regular-file-and-has-a-rather-long-name-to-push-the-line-past-80");
        java.nio.file.Files.writeString(file, "x");
        ScreenFixture s = ScreenFixture.tea(file, 80, 24).open().press(KeyType.Enter);
        s.noteToGive = "remember 80 degrees";

        s.press('a');

        String reason = s.session.addNote("probe") instanceof almanac.tutor.NoteResult.Added added
                ? added.saved().notSaved("Note") : fail("a note is added");
        String bottom = String.join("", List.of(s.row(20), s.row(21), s.row(22), s.row(23))).replaceAll("\\s", "");
        assertFalse(s.text().contains("Note saved"), s.text());
        assertTrue(reason.length() > 100, reason);
        assertTrue(bottom.contains(reason.replaceAll("\\s", "")), bottom + "\n" + reason);
    }

    @Test
    void outline_marksDoneStepsAndJumpsWithEnter() throws IOException {
        ScreenFixture s = ScreenFixture.tea(home, 80, 24).open().press(KeyType.Enter);
        s.answers.add("2");
        s.answers.add("1,3");
        s.press('n', 'n');

        s.press('o');
        assertTrue(s.row(0).endsWith("Outline"), s.row(0));
        assertTrue(s.text().contains("✓  1. Water"), s.text());
        assertTrue(s.text().contains("›   2. Leaves"), s.text());

        s.press(KeyType.ArrowDown, KeyType.Enter);
        assertTrue(s.row(0).endsWith("Step 3/3"), s.row(0));
        assertTrue(s.row(1).contains("Time"), s.row(1));
    }

    @Test
    void panels_openWithTheirKeysAndCloseWithEscape() throws IOException {
        ScreenFixture s = ScreenFixture.tea(home, 80, 24).open().press(KeyType.Enter);

        s.press('?');
        assertTrue(s.row(0).endsWith("Help"), s.row(0));
        assertTrue(s.text().contains("outline: jump to any step"), s.text());
        s.press(KeyType.Escape);
        assertTrue(s.row(0).endsWith("Step 1/3"), s.row(0));

        s.press('s');
        assertTrue(s.text().contains("Water and tea (2026-01-15)"), s.text());
        assertTrue(s.text().contains("https://example.com/water"), s.text());
        s.press(KeyType.Escape);

        s.press('g');
        assertTrue(s.text().contains("Tannin"), s.text());
        assertTrue(s.text().contains("Steeping"), s.text());
    }

    @Test
    void glossarySearch_filtersAsYouType() throws IOException {
        ScreenFixture s = ScreenFixture.tea(home, 80, 24).open().press(KeyType.Enter);

        s.press('g', '/', 'b', 'i', 't');

        assertTrue(s.text().contains("Tannin"), s.text());
        assertFalse(s.text().contains("Leaving the leaves"), "Steeping's entry filtered out: " + s.text());
        s.press(KeyType.Enter);
        s.press('q');
        assertTrue(s.tutor.state().quit, "after typing ends, q quits again");
    }

    @Test
    void lastStepFinished_showsSummaryWithScore() throws IOException {
        ScreenFixture s = ScreenFixture.tea(home, 80, 24).open().press(KeyType.Enter);
        s.answers.add("1");
        s.answers.add("1,3");
        s.answers.add("6");
        s.answers.add("steeping");

        s.press('n', 'n', 'n', 'n', 'n');

        assertTrue(s.row(0).endsWith("Complete"), s.row(0));
        assertTrue(s.text().contains("Path complete"), s.text());
        assertTrue(s.text().contains("3 right of 4 answered"), s.text());
        assertTrue(s.text().contains("Water (step 1) · answer: 2. 80 °C"), "missed question's topic and answer listed");
    }

    @Test
    void panelsAfterTheSummary_closeBackToIt_untilTheLearnerGoesBackToAStep() throws IOException {
        ScreenFixture s = ScreenFixture.tea(home, 80, 24).open().press(KeyType.Enter);
        s.answers.add("2");
        s.answers.add("1,3");
        s.answers.add("6");
        s.answers.add("steeping");
        s.press('n', 'n', 'n', 'n', 'n');

        s.press('?');
        s.press(KeyType.Escape);
        assertTrue(s.row(0).endsWith("Complete"), s.row(0));

        s.press('o');
        s.press(KeyType.Enter);
        s.press('?');
        s.press(KeyType.Escape);
        assertTrue(s.row(0).endsWith("Step 3/3"), "back on the last step, not the summary: " + s.row(0));
    }

    @Test
    void resume_opensOnSavedStepWithWelcomeBack() throws IOException {
        ScreenFixture first = ScreenFixture.tea(home, 80, 24).open().press(KeyType.Enter);
        first.press('o', 'j', 'j');
        first.press(KeyType.Enter);

        ScreenFixture again = ScreenFixture.tea(home, 80, 24).open();

        assertTrue(again.row(0).endsWith("Step 3/3"), again.row(0));
        assertTrue(again.lastRow().contains("Welcome back — step 3/3"), again.lastRow());
    }

    @Test
    void quitKey_endsTheLoopWithProgressSaved() throws IOException {
        ScreenFixture s = ScreenFixture.tea(home, 80, 24).open().press(KeyType.Enter);
        s.press('p');
        s.press('q');

        assertTrue(s.tutor.state().quit);
        assertEquals("water", new ProgressStore(home, Clock.systemUTC()).load().path("tea").current());
    }

    @Test
    void escapeCodesInContent_areDrawnInert() throws IOException {
        ScreenFixture s = new ScreenFixture(home, "src/test/resources/hostile-render/evil.yaml", 80, 24).open();

        String screen = s.text();
        assertFalse(screen.contains("\u001b"), "no ESC reaches the screen");
        assertTrue(screen.contains("^[]0;PWNED"), "the title sequence is shown as text: " + screen);
    }

    @Test
    void noColour_usesNoColoursButKeepsReverseBars() throws IOException {
        ScreenFixture s = ScreenFixture.tea(home, 80, 24);
        Palette mono = new Palette(false);
        for (almanac.render.Style style : almanac.render.Style.values()) {
            assertEquals(com.googlecode.lanterna.TextColor.ANSI.DEFAULT, mono.of(style).foreground(), style.name());
        }
        assertTrue(mono.bar().modifiers().contains(SGR.REVERSE));
        s.open();
    }

    @Test
    void panelsOverTheIntro_closeBackOntoTheIntro() throws IOException {
        ScreenFixture s = ScreenFixture.tea(home, 80, 24).open();

        s.press('?');
        assertTrue(s.row(0).endsWith("Help"), s.row(0));
        s.press(KeyType.Escape);
        assertTrue(s.row(0).endsWith("Welcome"), "back on the intro: " + s.row(0));
        s.press('o', 'g');
        s.press(KeyType.Escape);
        assertTrue(s.row(0).endsWith("Welcome"), "a panel opened from a panel closes to the intro too: " + s.row(0));
        s.press(KeyType.ArrowLeft);
        assertTrue(s.lastRow().contains("This is the start"), s.lastRow());
    }

    @Test
    void panelsOverTheDoneScreen_closeBackOntoIt_andArrowThenReadsTheNextStep() throws IOException {
        ScreenFixture s = ScreenFixture.tea(home, 80, 24).open().press(KeyType.Enter);
        s.answers.add("2");
        s.answers.add("1,3");
        s.press('n');
        assertTrue(s.text().contains("✓ Done: Water"), s.text());

        s.press('o');
        s.press(KeyType.Escape);
        assertTrue(s.text().contains("✓ Done: Water"), "Esc closes the outline onto the done screen: " + s.text());
        s.press('?');
        s.press('?');
        assertTrue(s.text().contains("✓ Done: Water"), "? closes its own panel too: " + s.text());

        s.press(KeyType.ArrowRight);
        assertTrue(s.row(0).endsWith("Step 2/3"), s.row(0));
        assertTrue(s.row(1).contains("Leaves"), "the next step's text, not its quiz: " + s.row(1));
        assertEquals(1, s.headings.size(), "no quiz of an unread step was opened");
    }

    @Test
    void onTheDoneScreen_escapeStaysAndSaysSo_andSourcesAreTheFinishedStepsOwn() throws IOException {
        ScreenFixture s = ScreenFixture.tea(home, 80, 24).open().press(KeyType.Enter);
        s.answers.add("2");
        s.answers.add("1,3");
        s.press('n');
        assertTrue(s.text().contains("✓ Done: Water"), s.text());

        s.press(KeyType.Escape);
        assertTrue(s.text().contains("✓ Done: Water"), "Esc with no panel open does not read on: " + s.text());
        assertTrue(s.lastRow().contains("No panel is open"), s.lastRow());

        s.press('s');
        assertTrue(s.row(0).endsWith("Sources · step 1"), s.row(0));
        assertTrue(s.text().contains("Water and tea"), "the finished step's sources: " + s.text());
        assertFalse(s.text().contains("Leaf ratios"), "not the next step's: " + s.text());
        s.press(KeyType.Escape);
        assertTrue(s.text().contains("✓ Done: Water"), s.text());
    }

    @Test
    void panelOverAScrolledStep_closesOntoTheSameLine() throws IOException {
        ScreenFixture s = ScreenFixture.tea(home, 60, 12).open().press(KeyType.Enter);
        s.press('j', 'j');
        String top = s.row(1);

        s.press('s');
        s.press(KeyType.Escape);

        assertEquals(top, s.row(1));
    }

    @Test
    void doneScreen_showsTheStepsScore() throws IOException {
        ScreenFixture s = ScreenFixture.tea(home, 80, 24).open().press(KeyType.Enter);
        s.answers.add("1");
        s.answers.add("1,3");

        s.press('n');

        assertTrue(s.text().contains("Quiz: 1/2 right"), s.text());
    }

    @Test
    void keysThatDoNothing_sayWhatWouldHelp() throws IOException {
        ScreenFixture s = ScreenFixture.tea(home, 80, 24).open();

        s.press('a');
        assertTrue(s.lastRow().contains("Notes go on steps"), s.lastRow());
        assertTrue(s.notesAsked.isEmpty());
        s.press('x');
        assertTrue(s.lastRow().contains("Unused key · ? lists keys"), s.lastRow());
        s.press(KeyType.Enter, KeyType.Escape);
        assertTrue(s.lastRow().contains("No panel is open"), s.lastRow());
    }

    @Test
    void onTheSummary_arrowsSayThePathIsDone() throws IOException {
        ScreenFixture s = ScreenFixture.tea(home, 80, 24).open().press(KeyType.Enter);
        s.answers.addAll(java.util.List.of("2", "1,3", "6", "steeping"));
        s.press('n', 'n', 'n', 'n', 'n');
        assertTrue(s.row(0).endsWith("Complete"), s.row(0));

        s.press(KeyType.ArrowLeft);
        assertTrue(s.lastRow().contains("Path done · o opens a step"), s.lastRow());
        s.press(KeyType.ArrowRight);
        assertTrue(s.lastRow().contains("Path done · o opens a step"), s.lastRow());
        assertTrue(s.row(0).endsWith("Complete"), s.row(0));
    }

    @Test
    void reopeningAFinishedPath_opensOnTheSummaryAndSaysSo() throws IOException {
        ScreenFixture s = ScreenFixture.tea(home, 80, 24).open().press(KeyType.Enter);
        s.answers.addAll(java.util.List.of("2", "1,3", "6", "steeping"));
        s.press('n', 'n', 'n', 'n', 'n');

        ScreenFixture again = ScreenFixture.tea(home, 80, 24).open();

        assertTrue(again.row(0).endsWith("Complete"), again.row(0));
        assertTrue(again.text().contains("You finished this path on 2026-11-27"), again.text());
        assertTrue(again.text().contains("Nothing is due for review yet."), again.text());
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"40, 12", "80, 24", "200, 60"})
    void howToGoOn_staysInSightAtEverySize(int columns, int rows) throws IOException {
        ScreenFixture s = ScreenFixture.tea(home, columns, rows).open();
        assertTrue(s.text().replace("\n", " ").contains("to start"), s.text());

        s.press(KeyType.Enter);
        s.answers.add("2");
        s.answers.add("1,3");
        s.press('n');
        assertTrue(s.text().contains("Next: step 2/3"), s.text());
    }

    @Test
    void helpAndHints_comeFromTheKeymap() throws IOException {
        ScreenFixture s = ScreenFixture.tea(home, 80, 24).open().press(KeyType.Enter);
        s.press('?');
        for (Keymap.Binding b : Keymap.BINDINGS) {
            assertTrue(s.text().contains(b.action().help), "help names " + b.action() + ":\n" + s.text());
        }
    }

    @Test
    void cancelledOrEmptyNote_saysNothingWasSaved() throws IOException {
        ScreenFixture s = ScreenFixture.tea(home, 80, 24).open().press(KeyType.Enter);

        s.noteToGive = null;
        s.press('a');
        assertTrue(s.lastRow().contains("Note cancelled"), s.lastRow());
        s.noteToGive = "   ";
        s.press('a');
        assertTrue(s.lastRow().contains("Empty note"), s.lastRow());
        assertTrue(s.session.notes().isEmpty());
    }

    @Test
    void resume_opensTheStepScrolledWhereTheLearnerLeftIt() throws IOException {
        ScreenFixture first = ScreenFixture.tea(home, 60, 12).open().press(KeyType.Enter);
        first.press('j', 'j', 'j');
        String top = first.row(1);
        first.press('?');
        first.tutor.leave();

        ScreenFixture again = ScreenFixture.tea(home, 60, 12).open();

        assertEquals(top, again.row(1), "the same line at the top:\n" + again.text());
        again.press('o', 'j');
        again.press(KeyType.Enter);
        again.tutor.leave();
        assertEquals(0, new ProgressStore(home, Clock.systemUTC()).load().path("tea").scroll(),
                "another step starts at its top");
    }
}
