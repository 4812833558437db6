package dev.linger.app.restore;

import java.time.Instant;

/** One session in the restore prompt. */
public record ReconcileRow(String id, String name, Status status, String cwd, Instant lastActivity, String lastLine) {

    /** What happens to the session on Restore (the "status" column). */
    public enum Status {
        /** Live in the agent, in a pane of desktop.db: reattached, screen exact. */
        RUNNING("running", true),
        /** In the agent, its program ended; in a pane: reattached, showing its last screen. */
        EXITED("exited", true),
        /** Only agent.db's snapshot is left: a new shell in its directory under its old screen. */
        RESURRECT("will be resurrected", true),
        /** The agent knows nothing of it: started again from desktop.db's shell, directory and name. */
        RECREATE("will be recreated", true),
        /** Live in the agent (made by the CLI, or left out of every tab): opens as a tab if ticked. */
        NOT_IN_TAB("not in any tab", false),
        /** Restorable in agent.db, in no tab: resurrected into a new tab if ticked. */
        NOT_IN_TAB_SAVED("not in any tab (saved; will be resurrected)", false);

        private final String text;
        private final boolean inLayout;

        Status(String text, boolean inLayout) {
            this.text = text;
            this.inLayout = inLayout;
        }

        public String text() {
            return text;
        }

        /** Whether desktop.db has the session in a pane (ticked by default). */
        public boolean inLayout() {
            return inLayout;
        }
    }

    public ReconcileRow withLastLine(String line) {
        return new ReconcileRow(id, name, status, cwd, lastActivity, line);
    }
}
