package dev.linger.app.window;

import javax.swing.Icon;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The window's tabs: each shows its label, a mark (output or a bell while hidden, an exited
 * program) and a close button; tabs are dragged to reorder, double-clicked to rename.
 */
public final class TabStrip extends JTabbedPane {
    private final Consumer<TerminalTab> onClose;
    private final Consumer<TerminalTab> onRename;
    private final Runnable onReorder;
    private int dragFrom = -1;

    TabStrip(Consumer<TerminalTab> onClose, Consumer<TerminalTab> onRename, Runnable onReorder) {
        super(TOP, SCROLL_TAB_LAYOUT);
        this.onClose = onClose;
        this.onRename = onRename;
        this.onReorder = onReorder;
        setName("tabs");
        setFocusable(false);
        putClientProperty("JTabbedPane.tabClosable", true);
        putClientProperty("JTabbedPane.tabCloseToolTipText", "Close tab");
        putClientProperty("JTabbedPane.tabCloseCallback", (BiConsumer<JTabbedPane, Integer>) (tp, i) -> {
            if (i >= 0 && i < getTabCount()) {
                onClose.accept(tabAt(i));
            }
        });
        putClientProperty("JTabbedPane.showTabSeparators", true);
        MouseAdapter mouse = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                dragFrom = SwingUtilities.isLeftMouseButton(e) ? indexAtLocation(e.getX(), e.getY()) : -1;
                maybePopup(e);
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                dragFrom = -1;
                maybePopup(e);
            }

            @Override
            public void mouseDragged(MouseEvent e) {
                int to = indexAtLocation(e.getX(), e.getY());
                if (dragFrom >= 0 && to >= 0 && to != dragFrom) {
                    moveTab(dragFrom, to);
                    dragFrom = to;
                    onReorder.run();
                }
            }

            @Override
            public void mouseClicked(MouseEvent e) {
                int i = indexAtLocation(e.getX(), e.getY());
                if (i >= 0 && e.getClickCount() == 2 && SwingUtilities.isLeftMouseButton(e)) {
                    onRename.accept(tabAt(i));
                }
            }
        };
        addMouseListener(mouse);
        addMouseMotionListener(mouse);
    }

    private void maybePopup(MouseEvent e) {
        if (!e.isPopupTrigger()) {
            return;
        }
        int i = indexAtLocation(e.getX(), e.getY());
        if (i < 0) {
            return;
        }
        TerminalTab tab = tabAt(i);
        JPopupMenu menu = new JPopupMenu();
        JMenuItem rename = new JMenuItem("Rename…");
        rename.addActionListener(a -> onRename.accept(tab));
        JMenuItem close = new JMenuItem("Close Tab");
        close.addActionListener(a -> onClose.accept(tab));
        menu.add(rename);
        menu.add(close);
        menu.show(this, e.getX(), e.getY());
    }

    public TerminalTab tabAt(int i) {
        return (TerminalTab) getComponentAt(i);
    }

    public List<TerminalTab> tabs() {
        List<TerminalTab> out = new ArrayList<>();
        for (int i = 0; i < getTabCount(); i++) {
            out.add(tabAt(i));
        }
        return out;
    }

    public TerminalTab selectedTab() {
        Component c = getSelectedComponent();
        return c instanceof TerminalTab t ? t : null;
    }

    void addTab(TerminalTab tab, int index) {
        insertTab(tab.label(), null, tab, null, Math.max(0, Math.min(index, getTabCount())));
        refresh(tab);
    }

    /** Moves the tab at {@code from} to {@code to}, keeping it selected. */
    public void moveTab(int from, int to) {
        TerminalTab tab = tabAt(from);
        boolean selected = getSelectedIndex() == from;
        String title = getTitleAt(from);
        Icon icon = getIconAt(from);
        String tip = getToolTipTextAt(from);
        removeTabAt(from);
        insertTab(title, icon, tab, tip, to);
        if (selected) {
            setSelectedIndex(to);
        }
    }

    /** Shows a tab's current label and mark. */
    void refresh(TerminalTab tab) {
        int i = indexOfComponent(tab);
        if (i < 0) {
            return;
        }
        boolean hidden = getSelectedIndex() != i;
        Icon mark = tab.isExited() ? MarkIcon.EXITED
                : hidden && tab.hasBell() ? MarkIcon.BELL
                : hidden && tab.hasActivity() ? MarkIcon.ACTIVITY : null;
        String label = tab.label() + (tab.isExited() ? " (exited)" : "");
        if (!label.equals(getTitleAt(i))) {
            setTitleAt(i, label);
        }
        if (getIconAt(i) != mark) {
            setIconAt(i, mark);
        }
        Pane p = tab.focusedPane();
        String tip = p == null ? null : p.sessionName() + (p.cwd() == null ? "" : " — " + p.cwd());
        setToolTipTextAt(i, tip);
    }
}
