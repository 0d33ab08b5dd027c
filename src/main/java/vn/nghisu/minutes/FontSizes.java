package vn.nghisu.minutes;

/** Font sizes in points for each part of the minutes. */
public record FontSizes(
        float body,
        float table,
        float parentBody,
        float issuingBody,
        float nationalTitle,
        float motto,
        float title,
        float pageNumber,
        float footer) {

    public FontSizes {
        if (body <= 0 || table <= 0 || parentBody <= 0 || issuingBody <= 0 || nationalTitle <= 0 || motto <= 0
                || title <= 0 || pageNumber <= 0 || footer <= 0) {
            throw new IllegalArgumentException("Cỡ chữ phải lớn hơn 0 / font sizes must be positive");
        }
    }
}
