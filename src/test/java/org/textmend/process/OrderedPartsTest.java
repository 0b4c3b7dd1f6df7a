package org.textmend.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class OrderedPartsTest {

  /** Parts 0..count-1, each read as 10 bytes; reading part {@code failAt} fails. */
  private static OrderedParts.Source<Integer> parts(
      int count, int failAt, CountDownLatch lastDone) {
    return new OrderedParts.Source<>() {
      private int next;

      @Override
      public @Nullable Callable<Integer> next() throws IOException {
        if (next == failAt) {
          throw new IOException("disk gone");
        }
        if (next == count) {
          return null;
        }
        int part = next++;
        return () -> {
          if (part == 0) {
            lastDone.await(); // the first part finishes only after the last one
          }
          if (part == count - 1) {
            lastDone.countDown();
          }
          return part;
        };
      }

      @Override
      public long bytesRead() {
        return 10L * next;
      }
    };
  }

  @Test
  void resultsComeBackInInputOrderWhateverOrderTheyFinishIn() throws Exception {
    ExecutorService executor = Executors.newFixedThreadPool(3);
    try {
      OrderedParts<Integer> ordered =
          new OrderedParts<>(
              parts(3, -1, new CountDownLatch(1)), OrderedParts.Workers.of(executor), 3);
      List<Integer> results = new ArrayList<>();
      ordered.drain(results::add);
      assertThat(results).containsExactly(0, 1, 2);
      assertThat(ordered.bytesRead()).isEqualTo(30);
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void aReadErrorStopsReadingAndIsThrownAfterThePartsStartedBefore() {
    CountDownLatch open = new CountDownLatch(0);
    OrderedParts<Integer> ordered =
        new OrderedParts<>(parts(5, 2, open), OrderedParts.Workers.of(null), 4);
    List<Integer> results = new ArrayList<>();
    assertThatThrownBy(() -> ordered.drain(results::add)).hasMessage("disk gone");
    assertThat(results).containsExactly(0, 1);
  }

  @Test
  void whatATaskThrewIsThrownToTheCaller() {
    OrderedParts.Source<Integer> failing =
        new OrderedParts.Source<>() {
          private boolean read;

          @Override
          public @Nullable Callable<Integer> next() {
            if (read) {
              return null;
            }
            read = true;
            return () -> {
              throw new IOException("bad block");
            };
          }

          @Override
          public long bytesRead() {
            return 0;
          }
        };
    OrderedParts<Integer> ordered = new OrderedParts<>(failing, OrderedParts.Workers.of(null), 1);
    assertThatThrownBy(() -> ordered.drain(result -> {})).hasMessage("bad block");
  }
}
