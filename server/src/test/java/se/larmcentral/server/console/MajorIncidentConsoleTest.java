package se.larmcentral.server.console;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Major-incident mode in the console: the supervisor declares a fire in Stockholm; the call-taker's and the
 * dispatcher's screens show the banner in Swedish and the queue marks a call from the area; ended, the banner goes.
 */
class MajorIncidentConsoleTest {

    @RegisterExtension
    static final ConsoleBrowser console = ConsoleBrowser.demo();

    @Test
    void theSupervisorDeclaresAndEveryFloorScreenShowsItUntilItEnds() {
        console.open("supervisor");
        assertThat(console.byTestId("mi-none")).isVisible();
        console.byTestId("mi-type").selectOption("FIRE");
        console.byTestId("mi-municipalities").fill("0180");
        console.byTestId("mi-expected-end").fill("2025-03-13T18:00");
        console.byTestId("mi-calltaker-text").fill("Storbrand i Hammarby sjöstad, många samtal om rök");
        console.byTestId("mi-caller-text").fill("Vi har många samtal om branden i Hammarby sjöstad.");
        // a polygon beside the municipality: an open ring is named in Swedish before anything is sent
        console.byTestId("mi-polygon").fill("59.305,18.02\n59.305,18.11\n59.325,18.11\n59.325,18.02");
        console.byTestId("mi-declare").click();
        assertThat(console.byTestId("toast-error")).containsText("Polygon: inte sluten");
        assertThat(console.byTestId("mi-item")).hasCount(0);
        console.byTestId("mi-polygon").fill("59.305,18.02\n59.305,18.11\n59.325,18.11\n59.325,18.02\n59.305,18.02");
        console.byTestId("mi-declare").click();
        assertThat(console.byTestId("mi-item")).containsText("Brand (major-1)");
        org.assertj.core.api.Assertions.assertThat(console.centre().read("/api/major-incidents").at("/incidents/0/polygon"))
                .as("the ring's corners, the first not repeated").hasSize(4);
        // the same again (a second press, another supervisor): asked first; declined, nothing is declared
        java.util.List<String> asked = new java.util.ArrayList<>();
        console.page().onceDialog(dialog -> {
            asked.add(dialog.message());
            dialog.dismiss();
        });
        console.byTestId("mi-type").selectOption("FIRE");
        console.byTestId("mi-municipalities").fill("0180");
        console.byTestId("mi-calltaker-text").fill("Brand igen");
        console.byTestId("mi-caller-text").fill("Brand igen.");
        console.byTestId("mi-declare").click();
        console.page().waitForCondition(() -> !asked.isEmpty());
        org.assertj.core.api.Assertions.assertThat(asked).containsExactly("Brand (major-1) pågår redan i 0180. Utlys en till?");
        assertThat(console.byTestId("mi-item")).hasCount(1);
        assertThat(console.byTestId("mi-item")).containsText("pågår");
        console.screenshot("supervisor-major-incident");

        Page page = console.open("calls");
        assertThat(console.byTestId("major-incident-banner")).containsText("Särskild händelse: Brand");
        assertThat(console.byTestId("major-incident-banner")).containsText("kommun 0180");
        assertThat(console.byTestId("major-incident-text")).hasText("Storbrand i Hammarby sjöstad, många samtal om rök");
        console.centre().write("/api/calls", "{\"callId\": \"FIRE-1\", \"dialled\": \"112\", \"position\": {\"lat\": "
                + "59.3048, \"lon\": 18.1036, \"uncertaintyMetres\": 30, \"source\": \"AML_SMS\"}}", 201);
        console.centre().write("/api/calls", "{\"callId\": \"SOLNA-1\", \"dialled\": \"112\", \"position\": {\"lat\": "
                + "59.3600, \"lon\": 18.0000, \"uncertaintyMetres\": 30, \"source\": \"AML_SMS\"}}", 201);
        assertThat(page.locator("[data-testid=queue-item][data-call-id=FIRE-1]").getByTestId("major-incident-mark"))
                .hasText("Särskild händelse (major-1)");
        assertThat(page.locator("[data-testid=queue-item][data-call-id=SOLNA-1]")).isVisible();
        assertThat(page.locator("[data-testid=queue-item][data-call-id=SOLNA-1]").getByTestId("major-incident-mark"))
                .hasCount(0);
        console.screenshot("calltaker-major-incident");
        page.locator("[data-testid=queue-item][data-call-id=FIRE-1]").getByTestId("queue-answer").click();
        assertThat(console.byTestId("call-head").getByTestId("major-incident-mark")).hasText("Särskild händelse (major-1)");

        console.open("dispatch");
        assertThat(console.byTestId("major-incident-banner")).containsText("Särskild händelse: Brand");

        console.open("calls");
        assertThat(console.byTestId("major-incident-banner")).isVisible();
        console.centre().write("/api/major-incidents/major-1/end", "{\"reason\": \"släckt\"}", 200);
        assertThat(console.byTestId("major-incident-banner")).hasCount(0);
        assertThat(console.byTestId("major-incidents")).isHidden();
    }
}
