package dev.lashing.dockerfile.syntax;

/**
 * A word of the form {@code [n]<<[-]NAME} as BuildKit recognises heredoc markers: the name must
 * not contain {@code <}, quotes around it (or part of it) switch variable expansion off.
 */
record HeredocMarker(int fd, boolean chomp, String name, boolean expand) {

    /** Parses a shell word, or returns null when it is not a heredoc marker. */
    static HeredocMarker parse(CharSequence word) {
        int n = word.length();
        int k = 0;
        while (k < n && word.charAt(k) >= '0' && word.charAt(k) <= '9') {
            k++;
        }
        int digitsEnd = k;
        if (k + 1 >= n || word.charAt(k) != '<' || word.charAt(k + 1) != '<') {
            return null;
        }
        k += 2;
        boolean chomp = k < n && word.charAt(k) == '-';
        if (chomp) {
            k++;
        }
        String rest = word.subSequence(k, n).toString();
        if (rest.isEmpty() || rest.indexOf('<') >= 0) {
            return null;
        }
        String name = VariableExpander.unquote(rest, '\\');
        if (name.isEmpty() || containsUnquotedSpace(rest)) {
            return null;
        }
        int rawQuotes = count(rest);
        int nameQuotes = count(name);
        int fd = 0;
        if (digitsEnd > 0) {
            try {
                fd = Integer.parseInt(word.subSequence(0, digitsEnd).toString());
            } catch (NumberFormatException e) {
                fd = Integer.MAX_VALUE;
            }
        }
        return new HeredocMarker(fd, chomp, name, rawQuotes == nameQuotes);
    }

    private static int count(String s) {
        int c = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\'' || s.charAt(i) == '"') {
                c++;
            }
        }
        return c;
    }

    private static boolean containsUnquotedSpace(String s) {
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote == 0 && GoText.isSpace(c)) {
                return true;
            }
            if (c == '\\' && quote != '\'') {
                i++;
            } else if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
        }
        return false;
    }
}
