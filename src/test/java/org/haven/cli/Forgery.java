package org.haven.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * What a forger with the format's description would do: change rows, then write a fresh digest at the end; and what
 * one who also stole the backup key would do: tag the new digest with it, as Haven does.
 */
final class Forgery {

    private Forgery() {}

    static String withDigest(List<String> lines) throws Exception {
        return end(lines, null);
    }

    static String withTag(List<String> lines, java.nio.file.Path keyFile) throws Exception {
        return end(lines, keyFile);
    }

    private static String end(List<String> lines, java.nio.file.Path keyFile) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            String withEnd = line + "\n";
            digest.update(withEnd.getBytes(StandardCharsets.UTF_8));
            text.append(withEnd);
        }
        String sha = HexFormat.of().formatHex(digest.digest());
        text.append("{\"end\":{\"lines\":")
                .append(lines.size())
                .append(",\"sha256\":\"")
                .append(sha);
        if (keyFile != null) {
            com.google.crypto.tink.mac.MacConfig.register();
            com.google.crypto.tink.Mac mac = com.google.crypto.tink.TinkJsonProtoKeysetFormat.parseKeyset(
                            java.nio.file.Files.readString(keyFile),
                            com.google.crypto.tink.InsecureSecretKeyAccess.get())
                    .getPrimitive(com.google.crypto.tink.RegistryConfiguration.get(), com.google.crypto.tink.Mac.class);
            byte[] tag = mac.computeMac(("haven-backup/2\n" + sha).getBytes(StandardCharsets.UTF_8));
            text.append("\",\"tag\":\"").append(java.util.Base64.getEncoder().encodeToString(tag));
        }
        text.append("\"}}\n");
        return text.toString();
    }
}
