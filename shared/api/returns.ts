/** A phantom marker carrying a method's output type; it has no runtime content. */
export const returns = <T>() => undefined as unknown as T;
