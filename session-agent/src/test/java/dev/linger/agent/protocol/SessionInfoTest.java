package dev.linger.agent.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The session record's wire form: the fields clients and `ls --json` scripts rely on, and a lossless round trip. */
class SessionInfoTest {
    private static final Instant T = Instant.parse("2026-01-02T03:04:05.123456Z");

    @Test
    void aLiveSessionHasEveryFieldWithNullsForWhatIsUnknown() {
        SessionInfo live = new SessionInfo("abc234", "work", 4242L, SessionInfo.RUNNING, null, "/tmp", 100, 30, "vim",
                T, null, T.plusSeconds(5), 2, List.of("/bin/bash", "-l"), null, null);
        ObjectNode n = live.toJson();
        List<String> fields = new ArrayList<>();
        n.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "name", "pid", "state", "exitCode", "cwd", "cols", "rows", "title",
                "created", "lastAttached", "lastActivity", "clients", "argv");
        assertThat(n.get("exitCode").isNull()).isTrue();
        assertThat(n.get("lastAttached").isNull()).isTrue();
        assertThat(n.get("created").asText()).isEqualTo("2026-01-02T03:04:05.123456Z");
        assertThat(SessionInfo.of(n)).isEqualTo(live);
    }

    @Test
    void aRestorableSessionHasNoPidAndSaysWhenItWasSaved() {
        SessionInfo saved = new SessionInfo("def567", "old", null, SessionInfo.RESTORABLE, 0, "/home", 80, 24, "",
                T, T, T, 0, List.of("/bin/zsh"), "make", T.plusSeconds(60));
        ObjectNode n = saved.toJson();
        assertThat(n.get("pid").isNull()).isTrue();
        assertThat(n.get("foreground").asText()).isEqualTo("make");
        assertThat(n.get("savedAt").asText()).isEqualTo(T.plusSeconds(60).toString());
        SessionInfo back = SessionInfo.of(n);
        assertThat(back).isEqualTo(saved);
        assertThat(back.restorable()).isTrue();
    }
}
