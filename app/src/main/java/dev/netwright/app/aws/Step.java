package dev.netwright.app.aws;

/**
 * One call (or a few) that brings a resource closer to the design, with the words a plan shows for
 * it. Running it registers in the run's {@link UndoLog} how to take it back.
 */
interface Step {
  String text();

  void run(ApplyContext context);

  static Step of(String text, java.util.function.Consumer<ApplyContext> action) {
    return new Step() {
      @Override
      public String text() {
        return text;
      }

      @Override
      public void run(ApplyContext context) {
        action.accept(context);
      }
    };
  }
}
