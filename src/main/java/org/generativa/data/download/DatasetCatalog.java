package org.generativa.data.download;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.generativa.common.InvalidInputException;

/** The datasets that can be downloaded, by name. {@link #standard()} is the one the app uses. */
public final class DatasetCatalog {

    public static final String TRAIN_IMAGES = "train-images-idx3-ubyte.gz";
    public static final String TRAIN_LABELS = "train-labels-idx1-ubyte.gz";
    public static final String TEST_IMAGES = "t10k-images-idx3-ubyte.gz";
    public static final String TEST_LABELS = "t10k-labels-idx1-ubyte.gz";

    private static final DatasetCatalog STANDARD = new DatasetCatalog(List.of(
            new DownloadableDataset("mnist", "MNIST",
                    "handwritten digits 0-9, 60,000 training and 10,000 test images (LeCun, Cortes, Burges)",
                    "CC BY-SA 3.0", "1x28x28",
                    URI.create("http://yann.lecun.com/exdb/mnist/"),
                    URI.create("https://ossci-datasets.s3.amazonaws.com/mnist/"),
                    idxFiles("440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609", 9912422,
                            "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c", 28881,
                            "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6", 1648877,
                            "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6", 4542),
                    List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")),
            new DownloadableDataset("fashion-mnist", "Fashion-MNIST",
                    "Zalando article images in 10 classes, 60,000 training and 10,000 test images",
                    "MIT licence (Zalando Research)", "1x28x28",
                    URI.create("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/"),
                    URI.create("https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/"),
                    idxFiles("08dc20ab1689590a0bcd66e874647b6ee8464e2d501b5a3f1f78831db19a3fdc", 26421880,
                            "b0197879cbda89f3dc7b894f9fd52b858e68ea4182b6947c9d8c2b67e5f18dcc", 29515,
                            "78dcbbfb5a27efaf1b6c1d616caca68560be8766c5bffcb2791df9273a534229", 4422102,
                            "42bd18137a62d5998cdeae52bf3a0676ac6b706f5cf8439b47bb5b151ae3dccf", 5148),
                    List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot")),
            new DownloadableDataset("kmnist", "Kuzushiji-MNIST",
                    "cursive Japanese (kuzushiji) hiragana in 10 classes, 60,000 training and 10,000 test images",
                    "CC BY-SA 4.0 (ROIS-DS CODH, cite Clanuwat et al. 2018)", "1x28x28",
                    URI.create("http://codh.rois.ac.jp/kmnist/dataset/kmnist/"),
                    URI.create("https://codh.rois.ac.jp/kmnist/dataset/kmnist/"),
                    idxFiles("51467d22d8cc72929e2a028a0428f2086b092bb31cfb79c69cc0a90ce135fde4", 18165135,
                            "e38f9ebcd0f3ebcdec7fc8eabdcdaef93bb0df8ea12bee65224341c8183d8e17", 29497,
                            "edd7a857845ad6bb1d0ba43fe7e794d164fe2dce499a1694695a792adfac43c5", 3041136,
                            "20bb9a0ef54c7db3efc55a92eef5582c109615df22683c380526788f98e42a1c", 5120),
                    List.of("o", "ki", "su", "tsu", "na", "ha", "ma", "ya", "re", "wo"))));

    private final List<DownloadableDataset> entries;

    public DatasetCatalog(List<DownloadableDataset> entries) {
        this.entries = List.copyOf(entries);
    }

    /** MNIST, Fashion-MNIST and KMNIST from their canonical servers, each with one mirror. */
    public static DatasetCatalog standard() {
        return STANDARD;
    }

    /** Reads a catalog from JSON: {@code {"datasets": [DownloadableDataset, ...]}} with the records' field names. */
    public static DatasetCatalog read(Path json) {
        try {
            return new DatasetCatalog(new ObjectMapper().readValue(json.toFile(), Json.class).datasets());
        } catch (IOException | IllegalArgumentException e) {
            throw InvalidInputException.of(e, "download.catalogUnreadable", json, e.getMessage());
        }
    }

    public List<DownloadableDataset> entries() {
        return entries;
    }

    public Optional<DownloadableDataset> find(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** The named dataset, or an {@link InvalidInputException} that lists the names there are. */
    public DownloadableDataset require(String name) {
        return find(name).orElseThrow(() -> InvalidInputException.of("download.unknown", name,
                entries.stream().map(DownloadableDataset::name).collect(Collectors.joining(", "))));
    }

    private static List<DatasetFile> idxFiles(String trainImages, long trainImagesSize, String trainLabels, long trainLabelsSize,
            String testImages, long testImagesSize, String testLabels, long testLabelsSize) {
        return List.of(new DatasetFile(TRAIN_IMAGES, trainImages, trainImagesSize),
                new DatasetFile(TRAIN_LABELS, trainLabels, trainLabelsSize),
                new DatasetFile(TEST_IMAGES, testImages, testImagesSize),
                new DatasetFile(TEST_LABELS, testLabels, testLabelsSize));
    }

    private record Json(List<DownloadableDataset> datasets) {}
}
