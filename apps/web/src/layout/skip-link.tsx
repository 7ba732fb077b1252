import classes from './skip-link.module.css';

export function SkipLink({ targetId }: { targetId: string }) {
  return (
    <a href={`#${targetId}`} className={classes.skipLink}>
      Skip to main content
    </a>
  );
}
