package org.throughcare.group;

/**
 * Which uploads count as a signed consent form: PDF, PNG or JPEG, recognised by their first bytes rather
 * than by the name or type the browser claims, and stored under a name that cannot hurt a download.
 */
final class SignedForms {

    private SignedForms() {
    }

    /** @return the media type, or null when the content is none of the accepted kinds */
    static String typeOf(byte[] content) {
        if (startsWith(content, new int[] {'%', 'P', 'D', 'F', '-'})) {
            return "application/pdf";
        }
        if (startsWith(content, new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return "image/png";
        }
        if (startsWith(content, new int[] {0xFF, 0xD8, 0xFF})) {
            return "image/jpeg";
        }
        return null;
    }

    static String safeName(String name, String type) {
        String base = name == null ? "" : name.replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        if (base.isEmpty() || base.length() > 150) {
            base = "consent";
        }
        String extension = switch (type) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            default -> ".jpg";
        };
        return base.toLowerCase().endsWith(extension) ? base : base + extension;
    }

    private static boolean startsWith(byte[] content, int[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
