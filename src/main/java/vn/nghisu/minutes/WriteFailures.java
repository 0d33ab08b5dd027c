package vn.nghisu.minutes;

import java.nio.file.Path;

/** Turns a low-level write failure into a message a secretary understands, with the English cause for the log. */
final class WriteFailures {

    private WriteFailures() {
    }

    static String describe(Path target, Exception e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return vietnamese(target, e, detail) + " / Could not write " + target + ": " + detail
                + ". The previous file, if any, was left unchanged.";
    }

    private static String vietnamese(Path target, Exception e, String detail) {
        String reason;
        if (AtomicFileWriter.isDenied(e)) {
            reason = "không có quyền ghi vào thư mục này";
        } else if (AtomicFileWriter.isMissingFolder(e)) {
            reason = "thư mục không tồn tại";
        } else if (detail.toLowerCase().contains("no space") || detail.toLowerCase().contains("disk full")) {
            reason = "ổ đĩa đã đầy";
        } else {
            reason = "lỗi khi ghi tệp";
        }
        return "Không ghi được tệp " + target.getFileName() + " (" + reason + "). Tệp cũ (nếu có) vẫn được giữ nguyên.";
    }
}
