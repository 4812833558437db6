package dev.linger.agent.session;


/** What a session name may be: what people type after {@code linger attach}. */
public final class SessionNames {
    public static final int MAX_LENGTH = 64;

    private SessionNames() {
    }

    public static void validate(String name) throws SessionException {
        if (name == null || name.isEmpty()) {
            throw new SessionException(SessionException.Reason.BAD_NAME, "session name is empty; give 1 to " + MAX_LENGTH + " characters");
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            throw new SessionException(SessionException.Reason.BAD_NAME, "session name is " + name.codePointCount(0, name.length())
                    + " characters long; the limit is " + MAX_LENGTH);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                throw new SessionException(SessionException.Reason.BAD_NAME, String.format(
                        "session name contains control character U+%04X at position %d; use printable characters", (int) c, i + 1));
            }
        }
        if (!name.strip().equals(name)) {
            throw new SessionException(SessionException.Reason.BAD_NAME, "session name '" + name
                    + "' starts or ends with white space; remove it");
        }
    }
}
