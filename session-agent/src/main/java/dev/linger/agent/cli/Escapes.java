package dev.linger.agent.cli;

/** The escapes {@code linger send -e} understands: \n \r \t \e \\ \0 and \xHH. */
final class Escapes {
    private Escapes() {
    }

    static String decode(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n': out.append('\n'); break;
                case 'r': out.append('\r'); break;
                case 't': out.append('\t'); break;
                case 'e': out.append('\u001b'); break;
                case '0': out.append('\0'); break;
                case '\\': out.append('\\'); break;
                case 'x':
                    if (isHex(s, i + 1, i + 3)) {
                        out.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                        i += 2;
                        break;
                    }
                    throw new IllegalArgumentException("\\x at position " + i + " needs two hex digits, e.g. \\x03 for Ctrl-C");
                default:
                    throw new IllegalArgumentException("unknown escape \\" + n + "; use \\n \\r \\t \\e \\0 \\\\ or \\xHH");
            }
        }
        return out.toString();
    }

    private static boolean isHex(String s, int from, int to) {
        if (to > s.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
