package org.haven.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/** What a forger with the format's description would do: change rows, then write a fresh digest at the end. */
final class Forgery {

    private Forgery() {}

    static String withDigest(List<String> lines) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            String withEnd = line + "\n";
            digest.update(withEnd.getBytes(StandardCharsets.UTF_8));
            text.append(withEnd);
        }
        text.append("{\"end\":{\"lines\":")
                .append(lines.size())
                .append(",\"sha256\":\"")
                .append(HexFormat.of().formatHex(digest.digest()))
                .append("\"}}\n");
        return text.toString();
    }
}
